// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.43946370763693743) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42fa6742a578670ee300f8e6a828496c5cf345201a894edaee9b6343492bf974
