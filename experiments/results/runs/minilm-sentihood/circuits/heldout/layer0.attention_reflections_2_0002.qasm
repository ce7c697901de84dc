// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3587554798695844) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cbb16196e43d1591c9f80d835fb774280aa012ecea6a9f2c269aa24139f303dc
