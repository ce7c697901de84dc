// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0251424408006513) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3e53ec4e62abc00591e0ab62c209daa86387c8a355e1f94cd26b086ee1a259f2
