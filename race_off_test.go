//go:build !race

package policy_test

// raceEnabled tells the tests too heavy for the race detector to skip.
const raceEnabled = false
