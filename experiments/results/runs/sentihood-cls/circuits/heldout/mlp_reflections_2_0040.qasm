// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3110783660630242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 70ae973b82a523fa1ccefe0dd4f9022949391b50c93ebfc80eb7faa629a3e749
