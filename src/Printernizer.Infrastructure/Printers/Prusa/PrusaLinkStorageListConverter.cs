using System.Text.Json;
using System.Text.Json.Serialization;

namespace Printernizer.Infrastructure.Printers.Prusa;

/// <summary>Reads <c>storage</c> as an object (Buddy) or an array (Raspberry Pi PrusaLink); anything else is an empty list.</summary>
internal sealed class PrusaLinkStorageListConverter : JsonConverter<IReadOnlyList<PrusaLinkStorage>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<PrusaLinkStorage> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var single = JsonSerializer.Deserialize<PrusaLinkStorage>(ref reader, options);
                return single is null ? [] : [single];
            case JsonTokenType.StartArray:
                var list = new List<PrusaLinkStorage>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var item = JsonSerializer.Deserialize<PrusaLinkStorage>(ref reader, options);
                        if (item is not null)
                        {
                            list.Add(item);
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return list;
            default:
                reader.Skip();
                return [];
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<PrusaLinkStorage> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToArray(), options);
}
