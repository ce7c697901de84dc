// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.5032814401453387) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af0dca8d50fcef70f26ca634ff7cafeef6a8fed954be6673fbfaa7c6c043f923
