// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.762699254858776) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea6ed04f9fd1f5dcb82cff994821cb478636702d7b5e645ecfcc73712fc4f9d6
