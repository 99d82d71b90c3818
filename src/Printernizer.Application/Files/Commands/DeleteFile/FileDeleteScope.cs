namespace Printernizer.Application.Files.Commands.DeleteFile;

/// <summary>What to delete: the local copy or the file on the printer.</summary>
public enum FileDeleteScope
{
    Local,
    Printer,
}
