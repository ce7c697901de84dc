// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.34491674266218286) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a45636173e48bf938c89c3119b7aa88a789b4928bb6c4d0a4112094d7047d5e5
