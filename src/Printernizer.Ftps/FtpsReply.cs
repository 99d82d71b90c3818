namespace Printernizer.Ftps;

/// <summary>One (possibly multi-line) FTP reply: the code and the text of its last line.</summary>
internal readonly record struct FtpsReply(int Code, string Text)
{
    public bool IsPreliminary => Code is >= 100 and < 200;

    public bool IsPositiveCompletion => Code is >= 200 and < 300;

    public bool IsIntermediate => Code is >= 300 and < 400;

    public override string ToString() => $"{Code} {Text}";
}
