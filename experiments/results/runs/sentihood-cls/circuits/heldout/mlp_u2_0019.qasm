// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13198227879762303) q[0];
ry(2.0440398359198553) q[0];
rz(0.060432374586502746) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d45907f0db01149b930de00797a5c572daa3ee1f9857c4a90e78b1d9b9355b38
