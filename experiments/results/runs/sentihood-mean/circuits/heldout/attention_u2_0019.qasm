// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0265167759883926) q[0];
ry(1.515427622623383) q[0];
rz(-0.09117867174681216) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 096fbb51ade79b997f1b626f656bacd362081a002b87c530b6318d98a4605ec4
