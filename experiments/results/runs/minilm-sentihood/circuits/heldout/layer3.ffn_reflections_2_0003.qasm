// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5481042442738033) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f6e29ad60a16ecceb7e31555305c172efdce7880e9bec44c0273f6d87110cb0
