// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9855802143392822) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 15dcf0959272a5163a0d53e22ec35a13a6b068ce1695b5b69973003fea0cb93d
