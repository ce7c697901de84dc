// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9596342525881321) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c4eca0367c4d113a2a317054888b25af26a6da4e27b7880bc26515c8a8f3ab85
