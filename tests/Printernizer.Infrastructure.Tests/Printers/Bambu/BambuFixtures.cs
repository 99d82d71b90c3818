using System.Text;
using System.Text.Json.Nodes;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Printers.Bambu;

/// <summary>Reads shared/fixtures/bambu as the printer sends them (compact JSON).</summary>
public static class BambuFixtures
{
    public const string A1Pushall = "a1_idle.report_pushall.json";
    public const string A1Version = "a1_idle.report_get_version.json";
    public const string P1pFinish = "p1p_noams_finish.report_pushall.json";
    public const string P1pFailed = "p1p_ams_failed.report_pushall.json";
    public const string X1cRunning = "x1c_x1plus_running.report_pushall.json";
    public const string X1cMultiAms = "x1c_multiams_finish.report_pushall.json";
    public const string P1sPushall = "p1s_idle.report_pushall.json";
    public const string P1sDelta = "p1s_idle.report_delta_0.json";
    public const string P1sReadmeDelta0 = "p1s_readme.report_delta_0.json";
    public const string P1sReadmeDelta1 = "p1s_readme.report_delta_1.json";
    public const string P1sRawStream = "p1s_raw_stream_deltas_then_full__rdiger36_README_L392-404.txt";

    public static string Compact(string fileName) => JsonNode.Parse(SharedFixtures.ReadText("bambu", fileName))!.ToJsonString();

    public static byte[] Bytes(string fileName) => Encoding.UTF8.GetBytes(Compact(fileName));

    public static JsonObject Print(string fileName) => JsonNode.Parse(SharedFixtures.ReadText("bambu", fileName))!["print"]!.AsObject();

    /// <summary>The payload lines of the raw P1S subscriber log (lines starting with '{'), verbatim.</summary>
    public static IReadOnlyList<string> RawStreamPayloads() =>
        SharedFixtures.ReadText("bambu", P1sRawStream).Split('\n').Where(line => line.StartsWith('{')).Select(line => line.TrimEnd('\r')).ToList();
}
