// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0877676920659503) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a5ef6780fb819b978035997f25d64120bb830fd45fb7c9f260d683192679c70
