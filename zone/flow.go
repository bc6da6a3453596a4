package zone

// Flow is data crossing from one endpoint to another by one channel. Flows
// are directional; the rules treat both directions alike, except that an
// Exception names one direction.
type Flow struct {
	From    Endpoint  `json:"from"`
	To      Endpoint  `json:"to"`
	Channel Channel   `json:"channel"`
	Method  Method    `json:"method,omitzero"` // with Sanitized only: the sanitization method
	Guard   Safeguard `json:"guard,omitzero"`  // between the Internet zone and the public Internet: the boundary safeguard
}

// Valid reports whether every part of the flow is set and known, a Method
// appears only with the Sanitized channel, and the safeguard is valid.
// Check denies an invalid flow with RuleInvalidFlow; both use this one
// predicate.
func (f Flow) Valid() bool { return f.From.Valid() && f.To.Valid() && f.crossingValid() }

// crossingValid reports whether the channel, method and safeguard are set
// where needed, known and consistent.
func (f *Flow) crossingValid() bool {
	return f.Channel.Valid() && (f.Method == 0 || (f.Method.Valid() && f.Channel == Sanitized)) &&
		f.Guard.Valid()
}

// String returns a readable form for diagnostics, e.g.
// "zone:internet → zone:business by sanitized/file-sanitization".
func (f Flow) String() string {
	s := f.From.String() + " → " + f.To.String() + " by " + f.Channel.String()
	if f.Method != 0 {
		s += "/" + f.Method.String()
	}
	if f.Guard != (Safeguard{}) {
		s += " guarded by " + f.Guard.String()
	}
	return s
}
