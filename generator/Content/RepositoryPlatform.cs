namespace RunnersQA.Content;

/// <summary>Where a site's repository is hosted, which decides the address of its web editor.</summary>
public enum RepositoryPlatform
{
    GitHub,
    GitLab,
}
