// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6393709538599565) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 614c65335e6cb4d46d22a086d38c62721e853dc2a5f9fad08329b870e9d3fd66
