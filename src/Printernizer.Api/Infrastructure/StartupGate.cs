using Printernizer.Infrastructure.Persistence;

namespace Printernizer.Api.Infrastructure;

/// <summary>
/// First hosted service: takes the data folder's lock (a second instance fails fast) and migrates the database
/// before anything else runs. Holds the lock until shutdown.
/// </summary>
public sealed class StartupGate(DataFolder folder, DatabaseMigrator migrator, ILogger<StartupGate> logger) : IHostedService, IDisposable
{
    private DataFolderLock? _lock;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _lock = DataFolderLock.Acquire(folder);
        }
        catch (InvalidOperationException ex)
        {
            throw new StartupException(ex.Message, ex);
        }

        try
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        catch (MigrationException ex)
        {
            throw new StartupException(ex.Message, ex);
        }

        logger.LogInformation("Printernizer data folder: {DataFolder}", folder.Root);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}
