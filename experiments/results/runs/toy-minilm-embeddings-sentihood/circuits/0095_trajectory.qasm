// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.032589520170285) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d657b115ca7ba50a87698dc52e426a9abe5514f817ce43c3c7a8314fcc5bea74
