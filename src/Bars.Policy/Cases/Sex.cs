namespace Bars.Policy;

/// <summary>The applicant's sex, as the enlistment rules of some regions name it.</summary>
public enum Sex
{
    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}
