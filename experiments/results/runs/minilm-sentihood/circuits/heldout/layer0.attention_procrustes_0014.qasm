// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.443360465594465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35c6cc9b76e8d95d79da7866a113268ff63db4bd994710256752bceb00318042
