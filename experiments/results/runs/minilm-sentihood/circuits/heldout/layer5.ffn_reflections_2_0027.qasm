// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.787867658781665) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b5ad49fee27effb3f0a44e00526fb1e271905151b7b52929caea4211244d287e
