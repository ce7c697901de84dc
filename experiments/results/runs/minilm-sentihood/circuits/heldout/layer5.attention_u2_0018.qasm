// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.12002219159407357) q[0];
ry(2.2569082963628793) q[0];
rz(0.07625718282828542) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54cc1953101d551317b3aa51ac2102094fc7e9eaff869aa02539a1f447ea33d7
