// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23363223085749008) q[0];
ry(1.7079309312703463) q[0];
rz(0.03252135663091327) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10a1e5b71ef90e5a6dc37b70e185cd7e35d9c0cfa5dfb64b9af268b995dc7819
