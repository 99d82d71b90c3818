using Printernizer.Infrastructure.Persistence;
using Printernizer.Infrastructure.Tests.Support;

namespace Printernizer.Infrastructure.Tests.Persistence;

public sealed class DataFolderLockTests
{
    [Test]
    public void Acquire_WhenAlreadyHeld_FailsWithClearMessage_AndSucceedsAfterRelease()
    {
        using var dir = new TestDirectory();
        var folder = new DataFolder(dir.Path);
        var first = DataFolderLock.Acquire(folder);

        var second = () => DataFolderLock.Acquire(folder);

        second.Should().Throw<InvalidOperationException>().WithMessage("*already using the data folder*");
        first.Dispose();
        using var third = DataFolderLock.Acquire(folder);
    }
}
