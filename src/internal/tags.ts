// The tag names of the elements this package defines.
export const SCAN_TAG = 'sociale-veiligheid-quickscan';
export const TEAM_TAG = 'sociale-veiligheid-quickscan-team';
export const PLAN_TAG = 'svq-plan';
export const SHARE_TAG = 'sociale-veiligheid-quickscan-share';
