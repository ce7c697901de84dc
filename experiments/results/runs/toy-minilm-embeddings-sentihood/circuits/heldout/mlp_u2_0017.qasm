// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2843527763924052) q[0];
ry(0.31646302411821703) q[0];
rz(-0.27092969118366517) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20050ef721cbeb7088a3a8d0953d9b4dddfc045bc3f50827d8bb8eb0b6930a74
