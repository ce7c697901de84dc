// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4050908096493944) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 076b32691ce9e8bbc74be274ab7f481eebe8e4abcfd8f6ed06bb1d8cc8e517d9
