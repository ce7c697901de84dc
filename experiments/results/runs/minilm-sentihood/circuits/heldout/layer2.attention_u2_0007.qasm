// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2778237691957077) q[0];
ry(1.4216512774604337) q[0];
rz(-0.042353246500723696) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a3a18caa88eb116f8a99b8a1ff86cc76c68f968680c67445794e205ff60d37b
