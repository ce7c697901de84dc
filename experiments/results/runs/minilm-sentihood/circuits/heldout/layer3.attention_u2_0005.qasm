// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34614293936462603) q[0];
ry(2.5055458360683796) q[0];
rz(0.2823828306570024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c41b9e8f87098e047332968d2f3fd1883be9870f170d33b051d2190d8c3d1ac1
