// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9757088051344476) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8703672d2dcd0db5f053546b0a4e14b5914cef759ebb376b0b6038584d8eb695
