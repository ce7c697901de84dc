// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0915982117109087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9bdf5f2e3321806af44c0adecade70d59b30d735d6a6901572b718fc87ca91be
