using Printernizer.Application.Printers;
using Printernizer.Application.Printers.Commands.CreatePrinter;
using Printernizer.Domain.Printers;

namespace Printernizer.Application.Tests.Printers;

public sealed class PrinterInputValidatorTests
{
    private sealed class InMemoryPrinters(params string[] names) : IPrinterRepository
    {
        public Task<IReadOnlyList<Printer>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Printer>>([]);

        public Task<Printer?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<Printer?>(null);

        public Task<PrinterLabel?> GetLabelAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<PrinterLabel?>(null);

        public Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken cancellationToken) =>
            Task.FromResult(names.Contains(name, StringComparer.OrdinalIgnoreCase));

        public Task AddAsync(Printer printer, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> UpdateAsync(Printer printer, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(true);
    }

    [Test]
    public async Task Validate_WhenSimulatedWithNameOnly_IsValid()
    {
        var validator = new CreatePrinterCommandValidator(new InMemoryPrinters());

        var result = await validator.ValidateAsync(new CreatePrinterCommand { Name = "Demo", Kind = PrinterKind.Simulated });

        result.IsValid.Should().BeTrue();
    }

    [TestCase("192.168.178.40", true)]
    [TestCase("fe80::1", true)]
    [TestCase("core-one.fritz.box", true)]
    [TestCase("http://core-one", false)]
    [TestCase("core one", false)]
    [TestCase("host/path", false)]
    public async Task Validate_WhenHostGiven_AcceptsOnlyHostNamesAndAddresses(string host, bool valid)
    {
        var validator = new CreatePrinterCommandValidator(new InMemoryPrinters());

        var result = await validator.ValidateAsync(new CreatePrinterCommand { Name = "P", Kind = PrinterKind.Prusa, Host = host, ApiKey = "k" });

        result.IsValid.Should().Be(valid, string.Join("; ", result.Errors));
    }

    [Test]
    public async Task Validate_WhenNameExistsInAnotherCase_ReportsName()
    {
        var validator = new CreatePrinterCommandValidator(new InMemoryPrinters("A1"));

        var result = await validator.ValidateAsync(new CreatePrinterCommand { Name = "a1", Kind = PrinterKind.Simulated });

        result.Errors.Should().ContainSingle(e => e.PropertyName == "Name");
    }
}
