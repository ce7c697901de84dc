// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.665121483768024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41cdf713124c3d3ed42787f8ed9549f136d63b991f138c805b48d4532bfd270b
