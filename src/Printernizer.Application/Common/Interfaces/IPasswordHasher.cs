namespace Printernizer.Application.Common.Interfaces;

/// <summary>Hashes passwords with a slow, salted KDF.</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    bool Verify(string password, string hash);
}
