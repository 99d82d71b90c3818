using System.Text.Json.Nodes;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>
/// Keeps the merged <c>print</c> document of one printer (protocol doc §4.2): a full report (<c>msg 0</c>) replaces
/// it; a delta merges into it — objects key by key, scalars and arrays replace, absent keys keep their value —
/// except <c>ams.ams[]</c> and each unit's <c>tray[]</c>, which merge by <c>id</c> (a tray with only <c>id</c>/<c>state</c>
/// means an empty slot). <c>command</c>, <c>msg</c> and <c>sequence_id</c> are stripped. Not thread-safe: one reader.
/// The delta object passed in is consumed (its nodes move into the state).
/// </summary>
public sealed class BambuReportMerger
{
    private static readonly HashSet<string> MessageKeys = ["command", "msg", "sequence_id"];

    /// <summary>The merged <c>print</c> object, or null before the first report.</summary>
    public JsonObject? State { get; private set; }

    /// <summary>True once a full report (<c>msg 0</c>) has been applied.</summary>
    public bool HasFullReport { get; private set; }

    public void Reset()
    {
        State = null;
        HasFullReport = false;
    }

    /// <summary>Applies one <c>print</c> push_status object. Returns true when it was a full report.</summary>
    public bool Apply(JsonObject print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var isFull = print.Get("msg").AsInt32() == 0;
        foreach (var key in MessageKeys)
        {
            print.Remove(key);
        }

        if (print.Parent is not null)
        {
            var parent = print.Parent;
            if (parent is JsonObject parentObject)
            {
                var name = print.GetPropertyName();
                parentObject.Remove(name);
            }
            else
            {
                print = print.DeepClone().AsObject();
            }
        }

        if (isFull || State is null)
        {
            State = print;
            HasFullReport |= isFull;
            return isFull;
        }

        MergeObject(State, print, Level.Print);
        return false;
    }

    private enum Level
    {
        Print,
        AmsRoot,
        AmsUnit,
        Other,
    }

    private static void MergeObject(JsonObject target, JsonObject delta, Level level)
    {
        var entries = delta.ToArray();
        delta.Clear();
        foreach (var (key, value) in entries)
        {
            var existing = target.Get(key);
            if (value is JsonObject deltaObject && existing is JsonObject targetObject)
            {
                var childLevel = level == Level.Print && key == "ams" ? Level.AmsRoot : Level.Other;
                MergeObject(targetObject, deltaObject, childLevel);
                if (childLevel == Level.AmsRoot)
                {
                    DropMissingUnits(targetObject);
                }
            }
            else if (value is JsonArray deltaArray && existing is JsonArray targetArray && level is Level.AmsRoot or Level.AmsUnit
                && key == (level == Level.AmsRoot ? "ams" : "tray"))
            {
                MergeById(targetArray, deltaArray, level == Level.AmsRoot);
            }
            else
            {
                target[key] = value;
            }
        }
    }

    private static void MergeById(JsonArray target, JsonArray delta, bool units)
    {
        var elements = delta.ToArray();
        delta.Clear();
        foreach (var element in elements)
        {
            if (element is not JsonObject deltaItem || Id(deltaItem) is not { } id)
            {
                continue;
            }

            var match = FindById(target, id);
            if (match is null)
            {
                target.Add(deltaItem);
            }
            else if (!units && IsEmptySlot(deltaItem))
            {
                // A tray with only id (and state) is an empty slot: its filament fields are gone.
                var index = target.IndexOf(match);
                target[index] = deltaItem;
            }
            else
            {
                MergeObject(match, deltaItem, units ? Level.AmsUnit : Level.Other);
            }
        }
    }

    private static JsonObject? FindById(JsonArray array, string id)
    {
        foreach (var node in array)
        {
            if (node is JsonObject obj && Id(obj) == id)
            {
                return obj;
            }
        }

        return null;
    }

    private static string? Id(JsonObject obj) => obj.Get("id").AsString();

    private static bool IsEmptySlot(JsonObject tray)
    {
        foreach (var (key, _) in tray)
        {
            if (key is not ("id" or "state"))
            {
                return false;
            }
        }

        return true;
    }

    private static void DropMissingUnits(JsonObject amsRoot)
    {
        if (amsRoot.Get("ams_exist_bits").AsHexUInt64() is not { } bits || amsRoot.Get("ams") is not JsonArray units)
        {
            return;
        }

        for (var i = units.Count - 1; i >= 0; i--)
        {
            // Only regular AMS units (ids 0..15) map to a bit; AMS HT bit positions are not reliable.
            if (units[i] is JsonObject unit && unit.Get("id").AsInt32() is { } id && id is >= 0 and < 16 && (bits & (1UL << id)) == 0)
            {
                units.RemoveAt(i);
            }
        }
    }
}
