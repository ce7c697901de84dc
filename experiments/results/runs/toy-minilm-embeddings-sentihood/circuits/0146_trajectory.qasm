// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4712305798838446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b3d6d25bd9166fbdcee01fdd0e149b63835e71cf097c1235d4abcde2a8e0803
