/** The trends' two bar colours: the lighter for what is compared against, the stronger for what was done. */
export const chartColors = { soft: '#9db4d6', strong: '#0d47a1' } as const;
