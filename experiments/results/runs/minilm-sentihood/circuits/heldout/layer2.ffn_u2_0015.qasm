// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3078298919703246) q[0];
ry(1.8580361624362831) q[0];
rz(0.08983094142262127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d37ac803f6ef055bebb418fc83516890f0e6cb3268d48a308ea357b15a4f44c
