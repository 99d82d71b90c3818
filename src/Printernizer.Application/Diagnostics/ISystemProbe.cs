namespace Printernizer.Application.Diagnostics;

/// <summary>Checks that the database answers.</summary>
public interface ISystemProbe
{
    Task<bool> DatabaseOkAsync(CancellationToken cancellationToken);
}
