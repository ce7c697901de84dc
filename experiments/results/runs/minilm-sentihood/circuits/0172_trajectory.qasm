// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6475529001103145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8e6a3adc10dd3bdb6d1f38029991218117ff995652d702a759b5faee3ea56f94
