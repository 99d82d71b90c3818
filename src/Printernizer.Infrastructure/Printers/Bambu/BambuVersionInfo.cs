using System.Text.Json.Nodes;
using Printernizer.Application.Printers.Drivers;

namespace Printernizer.Infrastructure.Printers.Bambu;

/// <summary>Reads model, firmware and serial from a <c>get_version</c> reply (protocol doc §6.3).</summary>
public static class BambuVersionInfo
{
    public static PrinterInfo Parse(JsonObject info, string? nozzleDiameter = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        string? firmware = null;
        string? serial = null;
        string? project = null;
        string? productName = null;
        var hardware = new List<string>();
        if (info.Get("module") is JsonArray modules)
        {
            foreach (var node in modules)
            {
                if (node is not JsonObject module)
                {
                    continue;
                }

                var name = module.Get("name").AsString();
                var hw = module.Get("hw_ver").AsString();
                if (!string.IsNullOrEmpty(hw))
                {
                    hardware.Add(hw);
                }

                productName ??= Empty(module.Get("product_name").AsString());
                if (name == "ota")
                {
                    firmware = Empty(module.Get("sw_ver").AsString());
                    serial = Empty(module.Get("sn").AsString());
                    project = Empty(module.Get("project_name").AsString());
                }
            }
        }

        return new PrinterInfo(productName ?? ModelFrom(project, hardware), firmware, serial, nozzleDiameter);
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? ModelFrom(string? project, List<string> hardware) => project switch
    {
        "N2S" => "Bambu Lab A1",
        "N1" => "Bambu Lab A1 mini",
        "C11" => "Bambu Lab P1P",
        "C12" => "Bambu Lab P1S",
        null when hardware.Contains("AP02") => "Bambu Lab X1E",
        null when hardware.Contains("AP05") => "Bambu Lab X1 Carbon",
        null => null,
        _ => "Bambu Lab " + project,
    };
}
