namespace Printernizer.Application.Exports;

/// <summary>Sachkontenrahmen (header field 27): "03" or "04".</summary>
public enum DatevChartOfAccounts
{
    Skr03,
    Skr04,
}
