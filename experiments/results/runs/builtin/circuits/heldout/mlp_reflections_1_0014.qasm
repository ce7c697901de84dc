// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6082034519086585) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38ebdc78f090cfad6a1a1a6b66532d13fa787932de8b009ca587ce962749b900
