// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7878679705417163) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aeb140c6f901ffe40552051e3d5be4abc189f9be599d226ff6da48cb3a7129fe
