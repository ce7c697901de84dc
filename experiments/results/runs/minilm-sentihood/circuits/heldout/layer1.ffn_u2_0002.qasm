// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.36789616550998083) q[0];
ry(2.0418961091481593) q[0];
rz(0.17318793289818002) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 00cd98a68f38a9267c8e99862bae92b76541bdf0dd43e7a27f2fe5ec8b201159
