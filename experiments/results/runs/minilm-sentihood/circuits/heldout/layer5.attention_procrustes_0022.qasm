// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8150600877919295) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bdd19a0735dae362aa6dccd510a8458daea4bb3a5f4835d764d4c3416573280e
