// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.724736471292829) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9b37231c1440c4daa3946dd557adc740a743d1ecca90d08f5fc252d4977f016
