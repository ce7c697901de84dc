// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1642894077450796) q[0];
ry(0.6021658930736979) q[0];
rz(-0.1357834017884123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 73723408fbb823367ea64907b185407d7ba333e815a412f1851f80635293c4e5
