// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2012482546910941) q[0];
ry(1.6245533512355002) q[0];
rz(0.010961245499512717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0db13b4f584022bf87cfef78510791417a3eed0215933360a4f69b8ecaf858c4
